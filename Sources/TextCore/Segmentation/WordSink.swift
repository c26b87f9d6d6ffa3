/// What receives the words of a text from `WordSegmenter`, one at a time and in order.
protocol WordSink {
  /// Takes the next word.
  mutating func take(_ word: consuming Word)
}
