/// Values by the comparison key of a word or phrase, with the longest key's length so that
/// longest-match scans know when to stop.
public struct PhraseTable<Value: Sendable>: Sendable {
  /// Values by key.
  let values: [String: Value]
  /// The longest key, in Unicode scalars.
  public let maximumLength: Int

  /// Creates a table from values by key.
  public init(_ values: [String: Value]) {
    self.values = values
    self.maximumLength = values.keys.reduce(0) { max($0, $1.unicodeScalars.count) }
  }

  /// The value of `key`, or `nil`.
  public subscript(key: String) -> Value? { values[key] }

  /// Whether the table has no entries.
  public var isEmpty: Bool { values.isEmpty }

  /// Every key, sorted.
  public var keys: [String] { values.keys.sorted() }
}
