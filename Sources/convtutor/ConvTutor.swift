import ArgumentParser

@main
struct ConvTutor: ParsableCommand {}
