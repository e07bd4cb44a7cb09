import PackagePlugin

/// Turns the text files of a bundle target (the lessons of `Lessons`, the question sets of `Sets`,
/// the network definitions of `Networks`) into Swift string literals, so that they ship inside the binary and a copied binary has them too.
/// SwiftPM re-runs it when a file is added, edited or deleted, because the files are the command's
/// input files. The target `LessonsBundle` gets `EmbeddedLessons`, `SetsBundle` gets `EmbeddedSets`,
/// `NetworksBundle` gets `EmbeddedNetworks`.
@main
struct LessonsEmbedder: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let lessons = target.sourceFiles.map(\.url).filter { ["md", "py"].contains($0.pathExtension) && $0.lastPathComponent != "README.md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let typeName = "Embedded" + (target.name.hasSuffix("Bundle") ? String(target.name.dropLast(6)) : target.name)
        let output = context.pluginWorkDirectoryURL.appending(path: typeName + ".swift")
        return [.buildCommand(
            displayName: "Embedding \(lessons.count) files of \(target.name)",
            executable: try context.tool(named: "LessonsEmbedderTool").url,
            arguments: [output.path(percentEncoded: false), typeName] + lessons.map { $0.path(percentEncoded: false) },
            inputFiles: lessons,
            outputFiles: [output])]
    }
}
