/// A text with its expected boundaries marked inline by `÷`.
///
/// The markers are removed from `text`; `boundaries` holds the UTF-8 offset of each marker in the
/// text without markers.
public struct MarkedText: Sendable, CustomStringConvertible {
  /// The text without markers.
  public let text: String
  /// The UTF-8 offsets where markers stood.
  public let boundaries: [Int]

  /// Strips the `÷` markers from `marked`.
  public init(_ marked: String) {
    var text = ""
    var boundaries = [Int]()
    for character in marked {
      if character == "÷" {
        boundaries.append(text.utf8.count)
      } else {
        text.append(character)
      }
    }
    self.text = text
    self.boundaries = boundaries
  }

  /// The marked text, for test case names.
  public var description: String { text }
}
