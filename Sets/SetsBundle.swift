// The question sets in this folder are compiled into `EmbeddedSets` by the LessonsEmbedder build
// plugin; this file only makes the folder a Swift target.
