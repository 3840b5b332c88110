// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets for kartlegg's readers of untrusted input. A package of its own so that the
// fuzzing flags never touch the main package's build or tests:
//   cd Fuzz && swift build -c debug -Xswiftc -sanitize=fuzzer,address
// Tests/fuzz/run.sh builds them and runs each for a fixed time, seeded from the test fixtures.
let package = Package(
  name: "kartlegg-fuzz",
  dependencies: [.package(name: "kartlegg", path: "..")],
  targets: [
    .target(name: "CFuzzer"),
    .target(
      name: "FuzzSupport",
      dependencies: ["CFuzzer", .product(name: "KartleggXML", package: "kartlegg")]),
    .executableTarget(
      name: "FuzzSurveyLoader",
      dependencies: ["FuzzSupport", .product(name: "KartleggXML", package: "kartlegg")]),
    .executableTarget(
      name: "FuzzAnswersFile",
      dependencies: ["FuzzSupport", .product(name: "KartleggCore", package: "kartlegg")]),
    .executableTarget(
      name: "FuzzRoster",
      dependencies: ["FuzzSupport", .product(name: "KartleggCore", package: "kartlegg")]),
    .executableTarget(
      name: "FuzzXLIFF",
      dependencies: ["FuzzSupport", .product(name: "KartleggXML", package: "kartlegg")]),
    .executableTarget(
      name: "FuzzCondition",
      dependencies: ["FuzzSupport", .product(name: "KartleggCore", package: "kartlegg")]),
  ]
)

for target in package.targets where target.name != "CFuzzer" {
  target.swiftSettings = [.swiftLanguageMode(.v6)]
}
