import TextCore

/// Finds the article in plain text, whether clean or scraped from a page with its furniture.
///
/// The body is the densest run of prose: every line (or wrapped paragraph) scores for being
/// sentence-like and long, and against for being short, a widget or a caption; the run with
/// the highest total (a maximum-sum segment) is the body. What comes before it is the header,
/// where the title, byline, dateline and date are looked for, nearest to the body first; what
/// comes after it (comments, related links, copyright) is dropped.
struct PlainTextExtractor: Sendable {
  let cues: ArticleCues
  let dates: DateReader

  /// One line, or the lines of a hard-wrapped paragraph joined, with its UTF-8 range.
  struct Unit {
    var text: String
    var utf8Range: Range<Int>
    var furniture: ArticleCues.Furniture?
    var isProse: Bool
    var weightedLength: Int
  }

  init(cues: ArticleCues) {
    self.cues = cues
    self.dates = DateReader(cues: cues)
  }

  /// The article in `text`; ranges are UTF-8 offsets into `text` plus `offset`.
  ///
  /// When `clean` is set the text is known to be the body only (a JSON export's `text`): every
  /// paragraph is kept and no header is looked for.
  func extract(_ text: String, offset: Int, language: Language?, clean: Bool) -> ExtractedArticle {
    let units = self.units(of: text, offset: offset)
    var article = ExtractedArticle()
    if clean {
      article.paragraphs = units.map {
        Paragraph(text: $0.text, kind: .paragraph, utf8Range: $0.utf8Range)
      }
      return article
    }
    guard let body = bodySpan(units) else { return article }

    // The header: nearest to the body first.
    var titleIndex: Int?
    for index in stride(from: body.lowerBound - 1, through: max(0, body.lowerBound - 12), by: -1) {
      let unit = units[index]
      if unit.furniture != nil { continue }
      if titleIndex == nil, article.dateline == nil, article.byline == nil,
        let place = cues.dateline(in: unit.text, standalone: true)
      {
        article.dateline = place
        continue
      }
      if titleIndex == nil, article.byline == nil, let name = cues.byline(in: unit.text) {
        article.byline = name
        continue
      }
      if cues.hasDatePrefix(unit.text) || isDateLine(unit.text, language: language) { continue }
      if titleIndex == nil, isTitleLike(unit) {
        titleIndex = index
      }
    }
    if titleIndex == nil, let first = units.first, body.lowerBound > 0, first.furniture == nil,
      !first.isProse, cues.byline(in: first.text) == nil,
      !isDateLine(first.text, language: language)
    {
      titleIndex = 0
    }
    article.title = titleIndex.map { units[$0].text }
    article.published = publishedDate(in: units[..<body.lowerBound], language: language)

    var paragraphs = [Paragraph]()
    for index in body {
      let unit = units[index]
      if unit.furniture != nil { continue }
      if paragraphs.isEmpty, !unit.isProse {
        if article.byline == nil, let name = cues.byline(in: unit.text) {
          article.byline = name
          continue
        }
        if article.dateline == nil, let place = cues.dateline(in: unit.text, standalone: true) {
          article.dateline = place
          continue
        }
        if article.published == nil,
          cues.hasDatePrefix(unit.text) || isDateLine(unit.text, language: language)
        {
          article.published = dates.firstDate(in: unit.text, language: language)
          continue
        }
      }
      let kind: Paragraph.Kind = !unit.isProse && isTitleLike(unit) ? .heading : .paragraph
      paragraphs.append(Paragraph(text: unit.text, kind: kind, utf8Range: unit.utf8Range))
    }
    if article.dateline == nil, let first = paragraphs.first {
      article.dateline = cues.dateline(in: first.text, standalone: false)
    }
    article.paragraphs = paragraphs
    return article
  }

  /// The publication date in the header: a line introduced as a date wins over any other.
  func publishedDate(in header: ArraySlice<Unit>, language: Language?) -> PublicationDate? {
    for unit in header
    where cues.hasDatePrefix(unit.text) || unit.text.lowercased().containsText(" date ") {
      if let date = dates.firstDate(in: unit.text, language: language) { return date }
    }
    for unit in header {
      if let date = dates.firstDate(in: unit.text, language: language) { return date }
    }
    return nil
  }

  /// Whether the line is mostly a date (`March 11, 2011`, `【2007年9月12日】`).
  func isDateLine(_ text: String, language: Language?) -> Bool {
    guard TextFeatures.weightedLength(text) <= 60 else { return false }
    return dates.firstDate(in: text, language: language) != nil && TextFeatures.wordCount(text) <= 8
  }

  /// Whether a unit could be a headline: short, not a sentence with a full stop, several words.
  func isTitleLike(_ unit: Unit) -> Bool {
    let length = unit.weightedLength
    guard length >= 12, length <= 300, unit.furniture == nil else { return false }
    if unit.text.hasSuffix(".") && !unit.text.hasSuffix("..") { return false }
    if unit.text.hasSuffix("\u{3002}") { return false }
    let words = TextFeatures.wordCount(unit.text)
    return words >= 3
  }

  /// The units of the body: the maximum-sum run of unit scores.
  func bodySpan(_ units: [Unit]) -> Range<Int>? {
    var best: Range<Int>?
    var bestScore = 0.0
    var start = 0
    var running = 0.0
    for (index, unit) in units.enumerated() {
      let score: Double
      if unit.furniture != nil {
        score = -3
      } else if unit.isProse {
        score = 1 + min(Double(unit.weightedLength) / 200, 2)
      } else {
        score = -1
      }
      if running <= 0 {
        running = score
        start = index
      } else {
        running += score
      }
      if running > bestScore {
        bestScore = running
        best = start..<(index + 1)
      }
    }
    if best == nil, let fallback = units.indices.first(where: { units[$0].furniture == nil }) {
      // No prose at all (a list of short lines): keep every line that is not furniture.
      return fallback..<units.count
    }
    return best
  }

  /// Splits the text into units: lines, except that the lines of a hard-wrapped paragraph
  /// (several long lines of similar width between blank lines) become one unit.
  func units(of text: String, offset: Int) -> [Unit] {
    let bytes = Array(text.utf8)
    var lines: [(range: Range<Int>, blankBefore: Bool)] = []
    var lineStart = 0
    var blankBefore = true
    var index = 0
    while index <= bytes.count {
      if index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
        var end = index
        if end > lineStart && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let trimmed = trim(bytes, lineStart..<end)
        if trimmed.isEmpty {
          blankBefore = true
        } else {
          lines.append((trimmed, blankBefore))
          blankBefore = false
        }
        lineStart = index + 1
      }
      index += 1
    }

    var units = [Unit]()
    var blockStart = 0
    while blockStart < lines.count {
      var blockEnd = blockStart + 1
      while blockEnd < lines.count && !lines[blockEnd].blankBefore { blockEnd += 1 }
      let block = lines[blockStart..<blockEnd]
      let texts = block.map { String(decoding: bytes[$0.range], as: UTF8.self) }
      if isWrapped(texts) {
        let joiner =
          texts.first.map { $0.unicodeScalars.contains(where: TextFeatures.isCJK) } == true
          ? "" : " "
        let joined = texts.map { TextFeatures.collapsingWhitespace($0) }.joined(separator: joiner)
        let range = (block.first?.range.lowerBound ?? 0)..<(block.last?.range.upperBound ?? 0)
        units.append(unit(joined, range.lowerBound + offset..<range.upperBound + offset))
      } else {
        for (line, text) in zip(block, texts) {
          units.append(
            unit(
              TextFeatures.collapsingWhitespace(text),
              line.range.lowerBound + offset..<line.range.upperBound + offset
            )
          )
        }
      }
      blockStart = blockEnd
    }
    return units
  }

  private func unit(_ text: String, _ range: Range<Int>) -> Unit {
    let length = TextFeatures.weightedLength(text)
    let furniture = cues.furniture(text)
    let endsSentence = TextFeatures.endsSentence(text)
    let isProse = furniture == nil && ((endsSentence && length >= 20) || length >= 160)
    return Unit(
      text: text,
      utf8Range: range,
      furniture: furniture,
      isProse: isProse,
      weightedLength: length
    )
  }

  /// Whether a blank-line-separated block is one paragraph wrapped over several lines.
  private func isWrapped(_ lines: [String]) -> Bool {
    guard lines.count >= 2 else { return false }
    let lengths = lines.map { TextFeatures.weightedLength($0) }
    guard let widest = lengths.max(), widest >= 40 else { return false }
    let full = lengths.dropLast().allSatisfy { Double($0) >= Double(widest) * 0.6 }
    let sentenceEnds = lines.dropLast().filter { TextFeatures.endsSentence($0) }.count
    return full && sentenceEnds < lines.count - 1
  }

  /// The range without leading and trailing white space (ASCII, NBSP and the ideographic space).
  private func trim(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    func whitespaceLength(at index: Int) -> Int {
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == 0x0D { return 1 }
      if byte == 0xC2, index + 1 < upper, bytes[index + 1] == 0xA0 { return 2 }
      if byte == 0xE3, index + 2 < upper, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
        return 3
      }
      return 0
    }
    while lower < upper {
      let width = whitespaceLength(at: lower)
      if width == 0 { break }
      lower += width
    }
    while upper > lower {
      let last = bytes[upper - 1]
      if last == 0x20 || last == 0x09 || last == 0x0B || last == 0x0C || last == 0x0D {
        upper -= 1
      } else if last == 0xA0, upper - 2 >= lower, bytes[upper - 2] == 0xC2 {
        upper -= 2
      } else if last == 0x80, upper - 3 >= lower, bytes[upper - 3] == 0xE3, bytes[upper - 2] == 0x80
      {
        upper -= 3
      } else {
        break
      }
    }
    return lower..<upper
  }
}
