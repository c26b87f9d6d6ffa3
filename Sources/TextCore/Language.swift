/// A language the toolkit can normalize, segment and compare.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
  case english = "en"
  case french = "fr"
  case japanese = "ja"

  /// Creates a language from a BCP 47 tag such as `en`, `fr-FR` or `ja_JP`; `nil` when unsupported.
  ///
  /// Only the primary subtag counts, compared case-insensitively.
  public init?(tag: String) {
    let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init)
    guard let primary, let language = Language(rawValue: primary.lowercased()) else { return nil }
    self = language
  }

  /// The language's name in English, for messages and reports.
  public var englishName: String {
    switch self {
    case .english: "English"
    case .french: "French"
    case .japanese: "Japanese"
    }
  }
}
