/**
 * The reference data events point at: tags, venues and channels (issue #3).
 *
 * <pre>
 * GET    /api/tags | /api/venues[?city=] | /api/channels   anyone   200 page, by name (venues: name, then city)
 * GET    /api/{kind}/{id}                                  anyone   200 entry | 404 {kind}.not-found
 * POST   /api/{kind}                                       ADMIN    201 entry + Location | 400 | 409 {kind}.duplicate
 * PATCH  /api/{kind}/{id}                                  ADMIN    200 entry | 400 | 404 | 409 {kind}.duplicate
 * DELETE /api/{kind}/{id}                                  ADMIN    204 | 404 | 409 {kind}.in-use
 * </pre>
 *
 * <p>Bodies: tag {@code {id, name}}, venue {@code {id, name, city, address}}, channel {@code {id, name}}. Requests
 * carry {@code name} (and for venues {@code city}, {@code address}); unknown fields are a 400. A venue PATCH
 * changes only the fields it names, and a blank {@code address} removes the address. Tag names are stored trimmed
 * and lower-case; channel and venue names keep their case but are unique ignoring it (venues per city).
 *
 * <p>Listings are pages as everywhere in the API: {@code {"items": [...], "page": 1, "size": 100, "total": n}}.
 * {@code page} starts at 1; {@code size} defaults to 100, which is also the largest page, so one request usually
 * fetches a whole set while a large set still cannot be fetched in one unbounded answer.
 *
 * <p>Without a token a write is a 401, with a token lacking the ADMIN role a 403. Limits: tag name 1-50, channel
 * name 1-100, venue name 1-200, city 1-100, address at most 300 characters; a broken one is a 400 problem whose
 * {@code errors} name each field.
 */
package io.eventboard.rest.catalog;
