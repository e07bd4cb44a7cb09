import FoundationEssentials

/// The process's environment variables.
enum ProcessInfoEnvironment {
    static func values() -> [String: String] {
        ProcessInfo.processInfo.environment
    }
}
