import Glibc

/// Opens the progress store for a run of the tutor.
public enum ProgressOpening {
    /// Opens (making the folder if needed) the progress file in `directory`, never failing: on any
    /// problem the run gets a `MemoryProgressStore` and a warning to show, and the old file is never
    /// deleted, moved or overwritten.
    ///
    /// - A damaged file, or another program's database, is left as it is and answers are saved in
    ///   `ProgressLocation.replacementFileName` beside it (the warning says so). That file stays in use
    ///   once the damaged one has been moved away, so following the warning's advice loses nothing.
    /// - A file that cannot be written is read, if possible, so the run still knows its history.
    /// - Anything else (a newer version's file, a lock held too long, no folder): memory only.
    public static func open(directory: String) -> (store: any ProgressStore, warning: String?) {
        do throws(StoreError) {
            try ProgressLocation.createDirectory(directory)
        } catch {
            return (MemoryProgressStore(), notSaved(error))
        }
        let path = ProgressLocation.path(directory: directory)
        let replacement = ProgressLocation.join(directory, ProgressLocation.replacementFileName)
        if !exists(path) && exists(replacement) {
            return openReplacement(directory: directory, damaged: nil)
        }
        do throws(StoreError) {
            return (try SQLiteProgressStore(path: path), nil)
        } catch .corrupt, .unrecognized {
            return openReplacement(directory: directory, damaged: path)
        } catch .readOnly {
            if let copy = try? SQLiteProgressStore.readOnlyCopy(path: path) {
                return (copy, notSaved(.readOnly(path: path)) + " Your earlier answers are still used.")
            }
            return (MemoryProgressStore(), notSaved(.readOnly(path: path)))
        } catch {
            return (MemoryProgressStore(), notSaved(error))
        }
    }

    /// Opens the replacement file; `damaged` is the file it stands in for, if that is still there.
    private static func openReplacement(directory: String, damaged: String?) -> (store: any ProgressStore, warning: String?) {
        let replacement = ProgressLocation.join(directory, ProgressLocation.replacementFileName)
        let problem = damaged.map { "\($0) is damaged or is not a convtutor progress file; it has been left as it is." }
        do throws(StoreError) {
            let store = try SQLiteProgressStore(path: replacement)
            return (store, problem.map { $0 + " Your answers are saved in \(replacement) instead." })
        } catch {
            return (MemoryProgressStore(), notSaved(error, after: problem))
        }
    }

    private static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    private static func notSaved(_ error: StoreError, after problem: String? = nil) -> String {
        "progress will not be saved this time: " + (problem.map { $0 + " " } ?? "") + error.description
    }
}
