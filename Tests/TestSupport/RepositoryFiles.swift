import Foundation

/// Files of this repository that tests read: the examples and the dictionaries.
public enum RepositoryFiles {
  /// The repository's root folder, found from this source file's location.
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // TestSupport
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// The `examples/` folder.
  public static var examples: URL { root.appendingPathComponent("examples") }

  /// The text of a file below the repository root, such as `examples/…/ja-mofa.txt`.
  public static func text(_ relativePath: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
  }

  /// Every story folder under `examples/`, sorted by name.
  public static func storyFolders() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: examples, includingPropertiesForKeys: nil)
      .filter {
        $0.hasDirectoryPath
          || (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true
      }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }
}
