// swift-tools-version: 6.0
// Sobes: a terminal browser for interview-preparation chapters.
// Module layout and the rules between modules: see DESIGN.md (shared) and README.md.
import PackageDescription

let package = Package(
    name: "Sobes",
    products: [
        .executable(name: "sobes", targets: ["sobes"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // System libraries: a module map and a small shim each.
        .systemLibrary(name: "CCmarkGFM", path: "Sources/CCmarkGFM"),
        .systemLibrary(name: "CStemmer", path: "Sources/CStemmer"),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .systemLibrary(name: "CHyphen", path: "Sources/CHyphen"),

        // One concern per module.
        .target(name: "Chapter", dependencies: ["CCmarkGFM", "Screen"]),
        .target(name: "Search", dependencies: ["Chapter", "CStemmer"]),
        .target(name: "LibraryCache", dependencies: ["Chapter", "Search"]),
        .target(name: "PythonSyntax"),
        .target(name: "Notes", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "Screen"),
        .target(name: "Study"),
        .target(name: "Hyphenation", dependencies: ["CHyphen"]),
        .target(name: "Curses", dependencies: ["Screen", "CNcursesw"]),
        .target(name: "Browser", dependencies: [
            "Chapter", "Search", "PythonSyntax", "Notes", "Study", "Screen", "Hyphenation",
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        // Study sheets (Markdown, HTML) and Anki decks made from the library and the reader's data.
        .target(name: "Export", dependencies: [
            "Chapter", "PythonSyntax", "Study", "Browser", "Screen",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The loop over a Terminal and a clock, and the performers of effects.
        .target(name: "Runtime", dependencies: ["Browser", "Chapter", "Search", "Notes", "Study", "Screen", "Export"]),
        .executableTarget(name: "sobes", dependencies: [
            "Chapter", "Search", "PythonSyntax", "Notes", "Screen", "Curses", "Browser", "Runtime", "Study", "LibraryCache", "Export",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Benchmarks: run in release by `make bench`; timing never lives in unit tests.
        .executableTarget(name: "sobes-bench", dependencies: [
            "Chapter", "Search", "PythonSyntax", "Notes", "Screen", "Browser", "Study", "Runtime", "LibraryCache", "Hyphenation",
        ]),

        .testTarget(name: "ChapterTests", dependencies: ["Chapter"], exclude: ["Fixtures"]),
        .testTarget(name: "LibraryCacheTests", dependencies: ["LibraryCache", "Chapter", "Search"]),
        .testTarget(name: "SearchTests", dependencies: ["Search", "Chapter"], exclude: ["QualityLibrary", "JudgedQueries.tsv", "FollowUpLibrary", "Fixtures"]),
        .testTarget(name: "PythonSyntaxTests", dependencies: ["PythonSyntax"], exclude: ["Fixtures"]),
        .testTarget(name: "NotesTests", dependencies: ["Notes", "Chapter"]),
        .testTarget(name: "ScreenTests", dependencies: ["Screen"]),
        .testTarget(name: "HyphenationTests", dependencies: ["Hyphenation"]),
        .testTarget(name: "StudyTests", dependencies: ["Study"], exclude: ["Fixtures"]),
        .testTarget(name: "SobesTests", dependencies: ["sobes", "Browser", "Chapter", "Search", "Screen"]),
        .testTarget(name: "CursesTests", dependencies: ["Curses", "Screen", "CNcursesw"]),
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime", "Browser", "Chapter", "Notes", "Study", "Screen"]),
        .testTarget(name: "ExportTests", dependencies: ["Export", "Chapter", "Study", "Browser", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "BrowserTests", dependencies: ["Browser", "Chapter", "Screen", "Search", "Notes", "Study", "Hyphenation"], exclude: ["Snapshots"]),
    ]
)
