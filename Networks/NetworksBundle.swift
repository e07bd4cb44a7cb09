// The network definitions in this folder are compiled into `EmbeddedNetworks` by the LessonsEmbedder
// build plugin; this file only makes the folder a Swift target.
