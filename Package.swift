// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "StoryDiff",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "TextCore", targets: ["TextCore"]),
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
      linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
    ),
    .target(
      name: "TextCore",
      dependencies: ["CICUShim"],
      resources: [.copy("../../dictionaries")]
    ),
    .executableTarget(
      name: "storydiff",
      dependencies: [
        "TextCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "Benchmarks",
      dependencies: ["TextCore", "CICUShim"]
    ),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "TextCoreTests", dependencies: ["TextCore", "TestSupport"]),
    .testTarget(name: "StoryDiffCLITests", dependencies: ["storydiff", "TextCore", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
