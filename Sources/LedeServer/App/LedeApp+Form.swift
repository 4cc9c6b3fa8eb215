import Foundation
import Hummingbird
import LedeCore
import LedeStore

/// The "Add an article" form of the library page: the same work as `POST /api/articles`, for a
/// browser. The token is a form field (a browser cannot send a bearer header from a form), which
/// also keeps other sites from posting it: they do not know the token.
struct AddArticleForm: Decodable {
    var token: String?
    var url: String?
    var text: String?
}

extension LedeApp {
    func addForm(to router: Router<BasicRequestContext>, tokens: TokenCheck) {
        router.post("/articles") { request, context -> Response in try await onWorkThreads {
            do {
                let buffer = try await collectBody(of: request, tooLarge: "the text is longer than \(configuration.maxBodyBytes) bytes")
                let form: AddArticleForm
                do {
                    form = try URLEncodedFormDecoder().decode(AddArticleForm.self, from: String(buffer: buffer))
                } catch {
                    throw HTTPError(.badRequest, message: "the form could not be read")
                }
                guard tokens.writesEnabled else {
                    throw HTTPError(.forbidden, message: "adding is disabled: start `lede serve --token-file FILE` to allow it")
                }
                switch tokens.scope(of: form.token?.trimmingCharacters(in: .whitespaces)) {
                case .write?: break
                case .read?: throw HTTPError(.forbidden, message: "this token can only read: adding needs a token from the token file")
                case nil: throw HTTPError(.unauthorized, message: "the token is not one of this library's")
                }
                // Every field is checked before anything is fetched or written.
                let url = form.url?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                let text = form.text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                guard url.isEmpty != text.isEmpty else {
                    throw HTTPError(.badRequest, message: "give a URL or paste a text (one of the two)")
                }
                if !url.isEmpty, WebURL.http(url) == nil {
                    throw HTTPError(.badRequest, message: "the address must be an http or https URL")
                }
                let new = try await ingestor.article(from: url.isEmpty ? .text(text) : .url(url))
                let added = try await store.add(new)
                cache.removeAll()
                if configuration.narrateOnAdd {
                    _ = try await enqueue(added, voice: configuration.voice, quoteVoice: configuration.quoteVoice)
                }
                return Response(status: .seeOther, headers: [.location: "/articles/\(added.id)"])
            } catch let error as HTTPError {
                return Self.formError(error.status, error.body ?? "\(error.status)")
            } catch let error as LedeError {
                return Self.formError(error.status, error.description)
            } catch let error as WorkPool.Busy {
                return Self.formError(.serviceUnavailable, error.description)
            }
        } }
    }

    /// A page that says what went wrong, with the way back.
    static func formError(_ status: HTTPResponse.Status, _ message: String) -> Response {
        let h = HTMLSanitizer()
        let body = h.element("h1", children: [h.text("The article was not added")])
            + h.element("p", attributes: [("class", "error")], children: [h.text(message)])
            + SafeHTML(trusted: "<p><a href=\"/#add\">Back to the library</a></p>")
        return Response(status: status, headers: [.contentType: htmlType],
                        body: .init(byteBuffer: ByteBuffer(string: PageLayout.page(title: "Not added", body: body))))
    }
}
