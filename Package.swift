// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "StoryDiff",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "TextCore", targets: ["TextCore"]),
    .library(name: "Lexicon", targets: ["Lexicon"]),
    .library(name: "Articles", targets: ["Articles"]),
    .library(name: "Comparison", targets: ["Comparison"]),
    .library(name: "Reports", targets: ["Reports"]),
    .executable(name: "storydiff", targets: ["storydiff"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .systemLibrary(
      name: "CICU",
      pkgConfig: "icu-uc",
      providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
    ),
    .target(
      name: "CICUShim",
      dependencies: ["CICU"],
      linkerSettings: [
        .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
      ]
    ),
    .target(
      name: "TextCore",
      dependencies: ["CICUShim"],
      resources: [.copy("../../dictionaries")]
    ),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    .target(
      name: "Lexicon",
      dependencies: ["TextCore"]
    ),
    .target(
      name: "Articles",
      dependencies: ["TextCore", "Lexicon", "CLibXML2"]
    ),
    .target(
      name: "Comparison",
      dependencies: ["Articles", "Lexicon", "TextCore"]
    ),
    .target(
      name: "Reports",
      dependencies: ["Comparison", "TextCore"]
    ),
    .executableTarget(
      name: "storydiff",
      dependencies: [
        "TextCore",
        "Articles",
        "Comparison",
        "Reports",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "Benchmarks",
      dependencies: ["TextCore", "CICUShim", "Lexicon", "Articles", "Comparison"]
    ),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "TextCoreTests",
      dependencies: ["TextCore", "TestSupport"],
      exclude: ["README.md"]
    ),
    .testTarget(
      name: "LexiconTests",
      dependencies: ["Lexicon", "TextCore", "TestSupport"]
    ),
    .testTarget(
      name: "StoryDiffCLITests",
      dependencies: ["storydiff", "TextCore", "Articles", "TestSupport"]
    ),
    .testTarget(
      name: "ComparisonTests",
      dependencies: ["Comparison", "Articles", "Lexicon", "TextCore", "TestSupport"]
    ),
    .testTarget(
      name: "ReportsTests",
      dependencies: ["Reports", "Comparison", "Articles", "TextCore", "TestSupport"],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "ArticlesTests",
      dependencies: ["Articles", "TextCore", "TestSupport"],
      resources: [.copy("Fixtures")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
