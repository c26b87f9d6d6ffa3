import Foundation
import Testing

@testable import Articles

/// Shared readers and fixture access for the Articles tests.
enum Fixture {
  /// The repository root, found from this file's path (tests read `examples/` from it).
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The bytes of a file under the repository root.
  static func repositoryFile(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: repository.appendingPathComponent(path)))
  }

  /// The bytes of a file under `Tests/ArticlesTests/Fixtures`.
  static func file(_ path: String) throws -> [UInt8] {
    let url = try #require(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/\(path)"))
    return Array(try Data(contentsOf: url))
  }

  /// A reader with default options, built once.
  static let reader: ArticleReader? = try? ArticleReader()

  /// Reads one article from bytes.
  static func article(
    _ bytes: [UInt8],
    name: String,
    options: ArticleReader.Options = .init()
  ) throws -> Article {
    var reader = try #require(Self.reader)
    reader.options = options
    let articles = try reader.read(data: bytes, name: name)
    #expect(articles.count == 1)
    return try #require(articles.first)
  }

  /// Reads one article from a string.
  static func article(
    _ text: String,
    name: String,
    options: ArticleReader.Options = .init()
  ) throws -> Article {
    try article(Array(text.utf8), name: name, options: options)
  }
}
