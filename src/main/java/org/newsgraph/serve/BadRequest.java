package org.newsgraph.serve;

/** A request the API cannot answer as asked: HTTP 400, the message naming the parameter. */
final class BadRequest extends RuntimeException {
  BadRequest(String message) {
    super(message);
  }
}
