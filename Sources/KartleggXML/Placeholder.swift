import CLibXML2
import Foundation
public enum PlaceholderXML { public static func v() -> Int32 { xmlParserVersion.pointee } }
