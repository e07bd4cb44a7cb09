// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "convtutor",
    products: [
        .executable(name: "convtutor", targets: ["convtutor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
    ],
    targets: [
        .target(name: "ConvMath"),
        .target(name: "StyledText"),
        .target(name: "Diagrams", dependencies: ["StyledText"]),
        .executableTarget(name: "LessonsEmbedderTool", path: "Plugins/LessonsEmbedderTool"),
        .plugin(name: "LessonsEmbedder", capability: .buildTool(), dependencies: ["LessonsEmbedderTool"]),
        .target(name: "LessonsBundle", path: "Lessons", exclude: ["README.md"], plugins: ["LessonsEmbedder"]),
        .target(name: "SetsBundle", path: "Sets", exclude: ["README.md"], plugins: ["LessonsEmbedder"]),
        .target(name: "Tutor", dependencies: ["ConvMath", "StyledText"]),
        .target(name: "TutorUI", dependencies: ["Tutor", "ConvMath", "Diagrams", "StyledText"]),
        .systemLibrary(name: "CNcurses"),
        .target(name: "TerminalBackend", dependencies: ["TutorUI", "CNcurses"]),
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "Progress", dependencies: ["Tutor", "CSQLite"]),
        .executableTarget(
            name: "convtutor",
            dependencies: [
                "ConvMath",
                "Tutor",
                "TutorUI",
                "StyledText",
                "TerminalBackend",
                "LessonsBundle",
                "SetsBundle",
                "Progress",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "KeystrokeBenchmark", dependencies: ["TutorUI", "Tutor"], path: "Benchmarks/KeystrokeBenchmark"),
        .target(name: "TestSupport", dependencies: ["Progress"], path: "Tests/TestSupport"),
        .executableTarget(name: "ProgressStressWriter", dependencies: ["Progress"], path: "Tests/ProgressStressWriter"),
        .testTarget(name: "StyledTextTests", dependencies: ["StyledText"]),
        .testTarget(name: "DiagramsTests", dependencies: ["Diagrams", "StyledText"]),
        .testTarget(name: "ConvMathTests", dependencies: ["ConvMath", "Tutor", "TestSupport"]),
        .testTarget(name: "TutorTests", dependencies: ["Tutor", "ConvMath", "TestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "TutorUITests", dependencies: ["TutorUI", "Tutor", "ConvMath", "StyledText", "TestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "TerminalBackendTests", dependencies: ["TerminalBackend", "TutorUI", "CNcurses"]),
        .testTarget(name: "CLITests", dependencies: ["convtutor", "ConvMath", "Progress", "Tutor", "TutorUI", "TestSupport"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "EndToEndTests", dependencies: ["convtutor", "TestSupport"]),
        .testTarget(name: "ProgressTests", dependencies: ["Progress", "CSQLite", "Tutor", "ProgressStressWriter", "TestSupport"]),
    ]
)
