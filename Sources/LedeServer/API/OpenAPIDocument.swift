import Foundation
import OpenAPIKit

/// `/openapi.json`: OpenAPI 3.1 for every route of ``LedeApp/router()``, built as OpenAPIKit's typed
/// document; a test checks that the router and this document list the same operations and that
/// OpenAPIKit's validator accepts it.
///
/// ```swift
/// try OpenAPIDocument.validate()
/// JSONResponse.text(OpenAPIDocument.json, contentType: "application/json; charset=utf-8")
/// ```
enum OpenAPIDocument {
    /// One route as Lede describes it; ``document`` turns the list into OpenAPI operations.
    struct Operation {
        var method: OpenAPI.HttpMethod
        var path: String
        var summary: String
        var tag: String
        var parameters: [OpenAPI.Parameter] = []
        var requestBody: OpenAPI.Request? = nil
        /// Status code and what it means.
        var responses: [Int: String]
        var contentType = "application/json"
        /// The component schema of a success's body.
        var schema: String? = nil
        var writes = false
        /// Other media types a success may have (the audio route also serves WebVTT).
        var alsoContentTypes: [String] = []
    }

    /// The name of the bearer token scheme that every write requires.
    static let bearer = "bearer"

    static var document: OpenAPI.Document {
        var paths: OpenAPI.PathItem.Map = [:]
        for operation in operations {
            let path = OpenAPI.Path(rawValue: operation.path)
            var item = paths[path]?.pathItemValue ?? OpenAPI.PathItem()
            item.set(operation: openAPIOperation(operation), for: operation.method)
            paths[path] = .pathItem(item)
        }
        return OpenAPI.Document(
            openAPIVersion: .v3_1_0,
            info: .init(title: "Lede", description: "A library of news articles to read and listen to. Writes need a bearer write token; "
                            + "reads are public unless the server runs with --private, when any token (a read-only one too) reads.",
                        version: "0.1.0"),
            servers: [], paths: paths,
            components: .init(schemas: schemas, securitySchemes: [.init(stringLiteral: bearer): .securityScheme(.http(scheme: "bearer"))]))
    }

    static func openAPIOperation(_ operation: Operation) -> OpenAPI.Operation {
        var responses: [Int: String] = operation.responses
        // Every route with an id answers 400 when it is not an integer.
        if operation.path.contains("{id}"), responses[400] == nil { responses[400] = "the id is not a whole number from 1" }
        var map: OpenAPI.Response.Map = [:]
        for (code, description) in responses.sorted(by: { $0.key < $1.key }) {
            var content: OpenAPI.Content.Map = [:]
            if (200..<300).contains(code), code != 204 {
                content[mediaType(operation.contentType)] = .content(OpenAPI.Content(
                    schema: operation.schema.map { .reference(.component(named: $0)) }))
                for other in operation.alsoContentTypes { content[mediaType(other)] = .content(OpenAPI.Content(schema: nil)) }
            }
            map[OpenAPI.Response.StatusCode(integerLiteral: code)] = .response(OpenAPI.Response(description: description, content: content))
        }
        let identifier = operation.method.rawValue.lowercased()
            + operation.path.replacingOccurrences(of: "[^A-Za-z0-9]+", with: "_", options: .regularExpression)
        return OpenAPI.Operation(
            tags: [operation.tag], summary: operation.summary, operationId: identifier,
            parameters: operation.parameters.map { .parameter($0) }, requestBody: operation.requestBody, responses: map,
            security: operation.writes ? [[.component(named: bearer): []]] : nil)
    }

    static func mediaType(_ name: String) -> OpenAPI.ContentType {
        guard let type = OpenAPI.ContentType(rawValue: name) else { preconditionFailure("not a media type: \(name)") }
        return type
    }

    /// OpenAPIKit's validation of the document and of the served JSON read back (what a client
    /// sees); throws the problems found, warnings included.
    static func validate() throws {
        try document.validate(using: validator)
        try JSONDecoder().decode(OpenAPI.Document.self, from: Data(json.utf8)).validate(using: validator)
    }

    /// OpenAPIKit's default checks (unique operation ids and parameters, valid references) and
    /// more: every path has an operation, every operation a response, every `{name}` in a path a
    /// parameter, and every reference a component of this document.
    static var validator: Validator {
        Validator().validating(.documentContainsPaths).validating(.pathsContainOperations)
            .validating(.operationsContainResponses).validating(.pathParametersAreDefined)
            .validatingAllReferencesFoundInComponents()
    }

    /// The document as served: sorted keys, so it reads the same on every start.
    static let json: String = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }()
}
