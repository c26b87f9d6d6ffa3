/// A growing run of words that is handed out as an exactly sized array without copying them.
///
/// Appending to an array directly would leave up to twice the room in it, and copying out of a
/// reused array would retain and release every word.
final class WordCollector: WordSink {
  /// Room for `capacity` words, of which the first `count` are initialized.
  private var base: UnsafeMutablePointer<Word>
  private var capacity = 64
  private var count = 0

  /// Creates an empty collector.
  init() { base = .allocate(capacity: capacity) }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  /// Adds a word at the end.
  @inline(__always)
  func take(_ word: consuming Word) {
    if count == capacity {
      let larger = UnsafeMutablePointer<Word>.allocate(capacity: capacity * 2)
      larger.moveInitialize(from: base, count: count)
      base.deallocate()
      base = larger
      capacity *= 2
    }
    (base + count).initialize(to: word)
    count += 1
  }

  /// The words gathered so far, moved into an array; the collector is empty afterwards.
  func takeAll() -> [Word] {
    let taken = count
    if taken == 0 { return [] }
    let words = [Word](unsafeUninitializedCapacity: taken) { buffer, initialized in
      guard let destination = buffer.baseAddress else { return }
      destination.moveInitialize(from: base, count: taken)
      initialized = taken
    }
    if words.count == taken { count = 0 }
    return words
  }
}
