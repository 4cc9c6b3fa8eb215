/// A growable run of plain values in memory its last holder frees: ``HTMLTreeBuilder`` appends
/// the tree to it and ``HTMLDocument`` takes the storage as it is, with no copy.
///
/// ```swift
/// var bytes = GrowingBuffer<UInt8>(capacity: 64)
/// bytes.append(0x41)
/// let storage = bytes.take()   // the caller now owns it: storage.deallocate() when done
/// ```
///
/// Arrays cost the builder a uniqueness check on every append and a copy of everything at the end
/// (the document keeps raw pointers so that walking the tree costs no reference counting). A
/// value of this type is not reference-counted: exactly one copy must be taken, the others dropped.
struct GrowingBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
    }

    /// A buffer holding `elements`, with room for `capacity` in all.
    init(_ elements: [Element], capacity: Int) {
        self.init(capacity: max(capacity, elements.count))
        elements.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    subscript(i: Int) -> Element {
        unsafeAddress { UnsafePointer(base + i) }
        nonmutating unsafeMutableAddress { base + i }
    }

    var isEmpty: Bool { count == 0 }
    var last: Element? { count == 0 ? nil : base[count - 1] }

    mutating func append(_ element: Element) {
        if count == capacity { grow(toHold: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress, !elements.isEmpty else { return }
        if count + elements.count > capacity { grow(toHold: count + elements.count) }
        (base + count).initialize(from: source, count: elements.count)
        count += elements.count
    }

    mutating func removeLast() {
        precondition(count > 0, "removeLast on an empty GrowingBuffer")
        count -= 1
    }

    /// Hands over the storage (at least one element long): the caller deallocates it.
    func take() -> UnsafeMutablePointer<Element> { base }

    /// At least doubles the room, as an array grows, so appends stay amortised constant time.
    private mutating func grow(toHold needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
