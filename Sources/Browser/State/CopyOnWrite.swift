/// A part of the state kept behind one reference: copying the state copies the reference,
/// and comparing two states whose part was not written since asks only whether the
/// references are the same. The runtime copies and compares the whole state on every turn
/// of its loop; the parts that change rarely (study, jumps, the search) would otherwise be
/// copied, retained, compared and released field by field on each key.
@propertyWrapper
public struct CopyOnWrite<Value: Equatable & Sendable>: Equatable, @unchecked Sendable {
    // Unchecked: the storage is never written while another value shares it (`set`, `_modify`).
    private typealias Storage = CopyOnWriteStorage<Value>

    private var storage: Storage

    public init(wrappedValue: Value) {
        storage = Storage(wrappedValue)
    }

    public var wrappedValue: Value {
        // Read in place: `state.editing != nil` must not copy the editor (and retain its lines).
        _read { yield storage.value }
        set {
            if isKnownUniquelyReferenced(&storage) {
                storage.value = newValue
            } else {
                storage = Storage(newValue)
            }
        }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.value) }
            yield &storage.value
        }
    }

    public static func == (lhs: CopyOnWrite, rhs: CopyOnWrite) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.value == rhs.storage.value
    }
}

/// The reference behind a `CopyOnWrite`, outside it so that it carries none of its
/// requirements: a class nested in a constrained generic type is instantiated at run time with
/// a check of each requirement, and the first check of each type scans every conformance in the
/// program (3.5M of the 19M instructions before the first frame, for the seven parts of the state).
private final class CopyOnWriteStorage<Value> {
    var value: Value
    init(_ value: Value) { self.value = value }
}
