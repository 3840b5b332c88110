import ArgumentParser
@main struct K: ParsableCommand { func run() {} }
