// The REST API (contract section 5): unwraps the {success, data} envelope, throws ApiError otherwise.

export class ApiError extends Error {
  constructor(status, code, message, details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details ?? [];
  }

  /** The message with each field error, for showing to a person. */
  describe() {
    const fields = this.details.map((detail) => `${detail.field}: ${detail.message}`);
    return fields.length ? `${this.message} (${fields.join('; ')})` : this.message;
  }
}

/** Path segments are always encoded: ids and emoji come from data. */
export function path(strings, ...values) {
  return strings.reduce((result, text, index) =>
    result + text + (index < values.length ? encodeURIComponent(values[index]) : ''), '');
}

/**
 * A client for /api. token() gives the current token or null; onUnauthorized(error) is told when a
 * request that carried a token was refused with 401.
 */
export function createApi({token, onUnauthorized}) {
  async function request(method, url, body) {
    const headers = {Accept: 'application/json'};
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const bearer = token();
    if (bearer) {
      headers.Authorization = `Bearer ${bearer}`;
    }
    let response;
    try {
      response = await fetch(`/api${url}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, 'NETWORK', 'The server cannot be reached. Check your connection and try again.');
    }
    const json = await response.json().catch(() => null);
    if (response.ok && json?.success) {
      return json.data ?? {};
    }
    const error = json?.error ?? {};
    const failure = new ApiError(response.status, error.code ?? `HTTP_${response.status}`,
      error.message ?? `The server answered ${response.status}`, error.details);
    if (response.status === 401 && bearer) {
      onUnauthorized(failure);
    }
    throw failure;
  }

  return {
    get: (url) => request('GET', url),
    post: (url, body = {}) => request('POST', url, body),
    put: (url, body = {}) => request('PUT', url, body),
    patch: (url, body) => request('PATCH', url, body),
    delete: (url) => request('DELETE', url),
  };
}
