import TextCore

/// Finds a calendar date written in a line of text: `2024-05-02`, `2024/5/2`, `02/05/2024`,
/// `May 2, 2024`, `2 mai 2024`, `1er mai 2024`, `2024年5月2日`, `令和6年5月2日`.
struct DateReader: Sendable {
  /// Month names and Japanese eras.
  let cues: ArticleCues

  // Compiled once: building a Regex from a literal on every call dominated extraction time.
  nonisolated(unsafe) private static let isoPattern = /(\d{4})[-\/.](\d{1,2})[-\/.](\d{1,2})(?!\d)/
  nonisolated(unsafe) private static let japanesePattern =
    /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/
  nonisolated(unsafe) private static let numericPattern =
    /(?:^|\D)(\d{1,2})[\/.](\d{1,2})[\/.](\d{4})(?!\d)/
  nonisolated(unsafe) private static let dayMonthPattern =
    /(?:^|\D)(\d{1,2})(?:er|st|nd|rd|th)?\s+([[:alpha:]]+\.?)\s+(\d{4})(?!\d)/
  nonisolated(unsafe) private static let monthDayPattern =
    /([[:alpha:]]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/
  nonisolated(unsafe) private static let eraPattern =
    /(\p{Han}{2})\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/

  /// The first complete date in `text`, or `nil`.
  ///
  /// The language decides the order of an all-numeric `02/05/2024`: day first for French and
  /// unknown, month first for English (unless the first number exceeds 12).
  func firstDate(in text: String, language: Language?) -> PublicationDate? {
    let text = TextFeatures.asciiDigits(text)
    guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return nil }
    var found: [(position: Int, date: PublicationDate)] = []
    func position(_ index: String.Index) -> Int {
      text.utf8.distance(from: text.startIndex, to: index)
    }

    for match in text.matches(of: Self.isoPattern) {
      if let date = date(match.1, match.2, match.3) {
        found.append((position(match.range.lowerBound), date))
      }
    }
    for match in text.matches(of: Self.japanesePattern) {
      if let date = date(match.1, match.2, match.3) {
        found.append((position(match.range.lowerBound), date))
      }
    }
    for match in text.matches(of: Self.numericPattern) {
      guard let first = Int(match.1), let second = Int(match.2), let year = Int(match.3) else {
        continue
      }
      let monthFirst = language == .english && second <= 31 && first <= 12
      let value =
        monthFirst
        ? PublicationDate(year: year, month: first, day: second)
        : PublicationDate(year: year, month: second, day: first)
      if let value { found.append((position(match.range.lowerBound), value)) }
    }
    for match in text.matches(
      of: Self.dayMonthPattern
    ) {
      guard let month = monthNumber(match.2), let day = Int(match.1), let year = Int(match.3),
        let value = PublicationDate(year: year, month: month, day: day)
      else { continue }
      found.append((position(match.range.lowerBound), value))
    }
    for match in text.matches(of: Self.monthDayPattern) {
      guard let month = monthNumber(match.1), let day = Int(match.2), let year = Int(match.3),
        let value = PublicationDate(year: year, month: month, day: day)
      else { continue }
      found.append((position(match.range.lowerBound), value))
    }
    for match in text.matches(of: Self.eraPattern) {
      let eraYear = match.2 == "元" ? 1 : Int(match.2)
      guard let offset = cues.eras[String(match.1)], let eraYear, let month = Int(match.3),
        let day = Int(match.4),
        let value = PublicationDate(year: offset + eraYear, month: month, day: day)
      else { continue }
      found.append((position(match.range.lowerBound), value))
    }
    return found.min { $0.position < $1.position }?.date
  }

  private func date(_ year: Substring, _ month: Substring, _ day: Substring) -> PublicationDate? {
    guard let year = Int(year), let month = Int(month), let day = Int(day) else { return nil }
    return PublicationDate(year: year, month: month, day: day)
  }

  private func monthNumber(_ name: Substring) -> Int? {
    let key = name.lowercased()
    if let month = cues.months[key] { return month }
    if key.hasSuffix(".") { return cues.months[String(key.dropLast())] }
    return nil
  }
}
