import Testing
@testable import LedeExtract

/// ``GrowingBuffer`` holds what an array built the same way holds, across growth.
struct GrowingBufferTests {
    @Test func appendsAsAnArrayDoes() {
        var buffer = GrowingBuffer<UInt8>(capacity: 1)
        var array: [UInt8] = []
        for round in 0..<200 {
            let run = (0..<(round % 7)).map { UInt8(truncatingIfNeeded: round &* 31 &+ $0) }
            run.withUnsafeBufferPointer { buffer.append(contentsOf: $0) }
            array += run
            buffer.append(UInt8(truncatingIfNeeded: round))
            array.append(UInt8(truncatingIfNeeded: round))
            if round % 5 == 0 { buffer.removeLast(); array.removeLast() }
        }
        #expect(buffer.count == array.count)
        #expect(buffer.capacity >= buffer.count)
        #expect((0..<buffer.count).map { buffer[$0] } == array)
        #expect(buffer.last == array.last)
        buffer.take().deallocate()
    }

    @Test func startsFromAnArrayAndWritesInPlace() {
        var buffer = GrowingBuffer<HTMLByteSlice>([HTMLByteSlice(start: 1, count: 2)], capacity: 0)
        buffer.append(HTMLByteSlice(start: 3, count: 4))
        buffer[0].count = 9
        #expect(buffer.count == 2 && buffer[0].start == 1 && buffer[0].count == 9 && buffer[1].start == 3)
        let empty = GrowingBuffer<Int32>(capacity: 0)
        #expect(empty.isEmpty && empty.last == nil && empty.capacity == 1)
        buffer.take().deallocate()
        empty.take().deallocate()
    }
}
