import Foundation
import TextCore

extension ArticleReader {
  /// Reads a JSON article object, an array of them, or JSON Lines.
  ///
  /// A record is `{"title", "text" or "html", "outlet", "language", "published", "url"}`, with
  /// `id`, `byline` and `dateline` also read. `text` is taken as the body as it stands (split
  /// into paragraphs at line breaks, nothing dropped); `html` goes through main-text extraction.
  /// Ranges index the UTF-8 bytes of the record's `text` or `html` string.
  func readJSON(
    _ text: String,
    format: InputFormat,
    id: String,
    name: String,
    charset: String
  ) throws(ArticleError) -> [Article] {
    var records: [(line: Int?, object: [String: Any])] = []
    if format == .jsonl {
      for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
      {
        let trimmed = line.trimmingSpaces
        if trimmed.isEmpty { continue }
        guard let value = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) else {
          throw .malformedJSON(input: name, line: index + 1, reason: "not a JSON object")
        }
        guard let object = value as? [String: Any] else {
          throw .malformedJSON(input: name, line: index + 1, reason: "expected an article object")
        }
        records.append((index + 1, object))
      }
    } else {
      let value: Any
      do {
        value = try JSONSerialization.jsonObject(with: Data(text.utf8))
      } catch {
        throw .malformedJSON(input: name, reason: "not valid JSON")
      }
      if let object = value as? [String: Any] {
        records = [(nil, object)]
      } else if let array = value as? [Any] {
        for item in array {
          guard let object = item as? [String: Any] else {
            throw .malformedJSON(input: name, reason: "expected an array of article objects")
          }
          records.append((nil, object))
        }
      } else {
        throw .malformedJSON(input: name, reason: "expected an article object or an array of them")
      }
    }
    if records.isEmpty { throw .empty(input: name) }
    var articles = [Article]()
    for (number, record) in records.enumerated() {
      let recordName =
        record.line.map { "\(name):\($0)" } ?? (records.count > 1 ? "\(name)[\(number)]" : name)
      func string(_ key: String) -> String? {
        guard let value = record.object[key] as? String else { return nil }
        let trimmed = value.trimmingSpaces
        return trimmed.isEmpty ? nil : trimmed
      }
      var given = ExtractedArticle()
      given.title = string("title")
      given.outlet = string("outlet")
      given.byline = string("byline")
      given.dateline = string("dateline")
      given.url = string("url")
      if let tag = string("language") ?? string("lang") {
        guard let language = Language(tag: tag) else {
          throw .malformedJSON(
            input: recordName,
            reason: "unsupported language '\(tag)' (supported: en, fr, ja)"
          )
        }
        given.declaredLanguage = language
      }
      if let published = string("published") ?? string("date") {
        guard let date = PublicationDate(iso: String(published.prefix(10))) else {
          throw .malformedJSON(
            input: recordName,
            reason: "'published' must be a date as YYYY-MM-DD, found '\(published)'"
          )
        }
        given.published = date
      }
      let extracted: ExtractedArticle?
      if let html = record.object["html"] as? String {
        extracted = extract(
          html,
          format: .html,
          offset: 0,
          language: options.language ?? given.declaredLanguage,
          clean: false
        )
      } else if let body = record.object["text"] as? String {
        extracted = extract(body, format: .text, offset: 0, language: nil, clean: true)
      } else {
        throw .malformedJSON(
          input: recordName,
          reason: "an article needs a 'text' or 'html' string"
        )
      }
      let articleID = string("id") ?? (records.count > 1 ? "\(id)-\(number + 1)" : id)
      articles.append(
        try finish(
          extracted,
          over: &given,
          id: articleID,
          name: recordName,
          charset: charset,
          basis: .embeddedText
        )
      )
    }
    return articles
  }
}
