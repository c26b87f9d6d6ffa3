extension ArticleCues {
  /// What a short line of page furniture is.
  enum Furniture: Equatable {
    /// Site boilerplate: widgets, prompts, link-list headings.
    case boilerplate
    /// A photo caption or credit.
    case credit
    /// A copyright line.
    case copyright
    /// A counter such as `0 Comments`.
    case counter
  }

  /// The matching key of a line: lower case, white space collapsed.
  static func key(_ text: some StringProtocol) -> String {
    TextFeatures.collapsingWhitespace(text).lowercased()
  }

  /// What kind of page furniture `text` is, or `nil` when it may belong to the story.
  ///
  /// Whole-line cues apply at any length; prefixes and fragments only to lines shorter than
  /// a paragraph of prose, so a sentence that happens to mention "our newsletter" survives.
  func furniture(_ text: some StringProtocol) -> Furniture? {
    furniture(key: Self.key(text))
  }

  /// What kind of page furniture a line is, given its matching key (see `key(_:)`).
  func furniture(key: String) -> Furniture? {
    if key.isEmpty { return nil }
    let trailing = ":.!|>\u{00BB}\u{203A}-\u{2013}\u{2014} ".unicodeScalars
    var bareScalars = key.unicodeScalars
    while let last = bareScalars.last, trailing.contains(last) { bareScalars.removeLast() }
    let bare = String(bareScalars)
    if lines.contains(key) || lines.contains(bare) { return .boilerplate }
    if isCounter(bare) { return .counter }
    let length = TextFeatures.weightedLength(key)
    if credits.contains(where: { key.containsText($0) }) { return .credit }
    if length <= 200 && copyrights.contains(where: { containsCue(key, $0) }) { return .copyright }
    if length <= 160 && prefixes.contains(where: { key.hasPrefix($0) }) { return .boilerplate }
    if length <= 160 && fragments.contains(where: { key.containsText($0) }) { return .boilerplate }
    return nil
  }

  /// Whether `cue` occurs in `key`; ASCII-word cues such as `(c)` or `copyright` must stand
  /// apart from letters on both sides.
  private func containsCue(_ key: String, _ cue: String) -> Bool {
    guard cue.utf8.allSatisfy({ $0 < 0x80 }) else { return key.containsText(cue) }
    let text = Array(key.utf8)
    let pattern = Array(cue.utf8)
    guard let first = pattern.first, pattern.count <= text.count else { return false }
    var start = 0
    while start <= text.count - pattern.count {
      defer { start += 1 }
      guard text[start] == first, text[start..<(start + pattern.count)].elementsEqual(pattern)
      else { continue }
      let end = start + pattern.count
      if !Self.letter(endingAt: start, in: text) && !Self.letter(startingAt: end, in: text) {
        return true
      }
    }
    return false
  }

  /// Whether the scalar starting at UTF-8 offset `index` of valid UTF-8 `bytes` is a letter.
  private static func letter(startingAt index: Int, in bytes: [UInt8]) -> Bool {
    guard index < bytes.count else { return false }
    var end = index + 1
    while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
    return isLetter(bytes[index..<end])
  }

  /// Whether the scalar ending just before UTF-8 offset `index` is a letter.
  private static func letter(endingAt index: Int, in bytes: [UInt8]) -> Bool {
    guard index > 0 else { return false }
    var start = index - 1
    while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return isLetter(bytes[start..<index])
  }

  private static func isLetter(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first else {
      return false
    }
    return scalar.properties.isAlphabetic
  }

  /// Whether `key` is a number and a counter word (`0 comments`, `コメント(3)`, `12 partages`).
  func isCounter(_ key: String) -> Bool {
    guard key.utf8.count <= 60, key.contains(where: \.isNumber) else { return false }
    let stripped = key.filter { !"()（）[]".contains($0) }
    let digits = stripped.prefix { $0.isNumber }
    if !digits.isEmpty {
      let word = stripped.dropFirst(digits.count).trimmingSpaces
      return counters.contains(word)
    }
    let trailing = stripped.reversed().prefix { $0.isNumber }
    if !trailing.isEmpty {
      let word = stripped.dropLast(trailing.count).trimmingSpaces
      return counters.contains(word)
    }
    return false
  }

  /// The author's name when `text` is a byline (`By John Irish`, `Par Marie Dupont`,
  /// `文・山田太郎`); `nil` otherwise.
  func byline(in text: some StringProtocol) -> String? {
    let line = TextFeatures.collapsingWhitespace(text)
    guard !line.isEmpty, TextFeatures.wordCount(line) <= 12,
      !TextFeatures.endsSentence(line) || line.count < 40
    else {
      return nil
    }
    let key = line.lowercased()
    for prefix in bylinePrefixes where key.hasPrefix(prefix) {
      let rest = line.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
      // "By" must be a word of its own: "Byzantium" is no byline.
      if let first = rest.first, first.properties.isAlphabetic,
        prefix.unicodeScalars.last?.properties.isAlphabetic == true
      {
        continue
      }
      let name = String(rest).trimmingSpaces
      guard let initial = name.unicodeScalars.first,
        initial.properties.isUppercase || TextFeatures.isCJK(initial)
      else { continue }
      return name
    }
    return nil
  }

  /// The dateline when `text` is one on a line of its own (`PARIS`, `NEW YORK, May 2`,
  /// `TOKYO (Reuters)`), or opens a paragraph (`PARIS (Reuters) - France and Japan...`,
  /// `【パリ＝共同】`); `nil` otherwise.
  func dateline(in text: some StringProtocol, standalone: Bool) -> String? {
    let line = TextFeatures.collapsingWhitespace(text)
    if line.hasPrefix("\u{3010}"), let close = line.firstIndex(of: "\u{3011}") {
      let inner = line[line.index(after: line.startIndex)..<close]
      let place =
        inner.split(whereSeparator: { $0 == "=" || $0 == "\u{FF1D}" }).first.map(String.init) ?? ""
      return place.isEmpty || place.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
        ? nil : place
    }
    var head = Substring(line)
    if !standalone {
      let separators = [" - ", " \u{2014} ", " \u{2013} ", " -- ", "\u{2014}"]
      guard
        let cut = separators.compactMap({ line.firstRange(of: $0) }).min(by: {
          $0.lowerBound < $1.lowerBound
        }),
        line.distance(from: line.startIndex, to: cut.lowerBound) <= 40
      else { return nil }
      head = line[..<cut.lowerBound]
    }
    let place =
      head.split(whereSeparator: { $0 == "(" || $0 == "," }).first.map { $0.trimmingSpaces } ?? ""
    guard !place.isEmpty, place.count <= 30, TextFeatures.isUppercase(place),
      place.unicodeScalars.filter({ $0.properties.isUppercase }).count >= 2,
      place.split(separator: " ").count <= 4,
      place.unicodeScalars.allSatisfy({
        $0.properties.isAlphabetic || " .'-".unicodeScalars.contains($0)
      })
    else { return nil }
    if standalone && TextFeatures.weightedLength(line) > 60 { return nil }
    return place
  }

  /// Whether the line introduces the publication date (`Publié le …`, `date 2024-05-01`).
  func hasDatePrefix(_ text: some StringProtocol) -> Bool {
    let key = Self.key(text)
    return datePrefixes.contains { prefix in
      guard key.hasPrefix(prefix) else { return false }
      let rest = key.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
      guard let next = rest.first else { return false }
      return !next.properties.isAlphabetic || TextFeatures.isCJK(next)
    }
  }
}
