// The lesson files in this folder are compiled into `EmbeddedLessons` by the LessonsEmbedder
// build plugin; this file only makes the folder a Swift target.
