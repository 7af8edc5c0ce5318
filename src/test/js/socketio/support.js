// Shared helpers for the Socket.IO black-box tests. The server and its users come from the
// environment, set by SocketIoNodeSuiteIT (or by hand):
//   CHAT_URL    e.g. http://localhost:8080
//   CHAT_USERS  JSON array of at least three users the server trusts: [{"id", "token", "email"}, ...]
import { io } from "socket.io-client";

export const URL = required("CHAT_URL");
export const USERS = JSON.parse(required("CHAT_USERS"));
export const TIMEOUT_MS = 10_000;

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Set ${name} (see support.js)`);
  }
  return value;
}

/** The next `event` on the socket whose data matches, or a rejection after TIMEOUT_MS. */
export function next(socket, event, matching = () => true) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no '${event}' within ${TIMEOUT_MS} ms`));
    }, TIMEOUT_MS);
    const listener = (data) => {
      if (matching(data)) {
        clearTimeout(timer);
        socket.off(event, listener);
        resolve(data);
      }
    };
    socket.on(event, listener);
  });
}

/** Resolves once the engine has upgraded to (or started on) a WebSocket. */
export async function onWebSocket(socket) {
  if (!socket.connected) {
    await next(socket, "connect");
  }
  const engine = socket.io.engine;
  if (engine.transport.name !== "websocket") {
    await new Promise((resolve) => engine.once("upgrade", resolve));
  }
  return engine.transport.name;
}

/** Connected and authenticated with `auth: {token}` at the handshake. */
export async function signedIn(user, options = {}) {
  const socket = io(URL, { auth: { token: user.token }, ...options });
  await next(socket, "authenticated");
  return socket;
}

/** A fresh public GROUP room owned by `owner` with the members in it, made over REST. */
export async function publicRoom(owner, ...members) {
  const response = await fetch(`${URL}/api/chat/rooms`, {
    method: "POST",
    headers: { Authorization: `Bearer ${owner.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      name: `socket.io ${Date.now()} ${Math.random()}`,
      type: "GROUP",
      isPrivate: false,
      participantIds: members.map((member) => member.id),
    }),
  });
  const body = await response.json();
  if (response.status !== 201) {
    throw new Error(`room not created: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.data.chatRoom.id;
}

/** Joins and waits for the room_joined answer. */
export async function join(socket, roomId) {
  const joined = next(socket, "room_joined", (data) => data.roomId === roomId);
  socket.emit("join_room", { roomId });
  return joined;
}

export function closeAll(...sockets) {
  sockets.forEach((socket) => socket.close());
}
