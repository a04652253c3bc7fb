/// The owner of mapped bytes that can give their pages back to the system (they are read
/// again from the file when touched), so a pass over a large mapped index does not leave all
/// of it resident.
public protocol PageReleasing: AnyObject, Sendable {
    func releasePages()
}
