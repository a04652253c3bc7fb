import Testing
@testable import PythonSyntax
