import Glibc
import Tutor

/// The clock and the names a run of the tutor records its answers with.
public enum ProgressSession {
    /// Unix seconds (UTC), now.
    public static func now() -> Int64 {
        Int64(time(nil))
    }

    /// A new session identifier, "<start time>-<pid>": unique per run, and sorted by start time.
    public static func makeID(startTime: Int64 = now()) -> String {
        "\(startTime)-\(getpid())"
    }

    /// The stored name of a guided step's kind: its case name, e.g. "kernelDepth".
    public static func stepName(_ kind: DerivationStep.Kind) -> String {
        String(describing: kind)
    }
}
