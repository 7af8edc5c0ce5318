// The chat events of the seed over Socket.IO: typing, read receipts, presence, acknowledgements,
// and reconnecting after the server dropped the connection.
import { test } from "node:test";
import assert from "node:assert/strict";
import { USERS, closeAll, join, next, publicRoom, signedIn } from "./support.js";

const [alice, bob, carol] = USERS;

async function pairInRoom() {
  const roomId = await publicRoom(alice, bob, carol);
  const aliceSocket = await signedIn(alice);
  const bobSocket = await signedIn(bob, { transports: ["websocket", "polling"] });
  await join(aliceSocket, roomId);
  await join(bobSocket, roomId);
  return { roomId, aliceSocket, bobSocket };
}

test("typing indicators reach the others in the room", async () => {
  const { roomId, aliceSocket, bobSocket } = await pairInRoom();
  const typing = next(bobSocket, "user_typing", (data) => data.userId === alice.id);
  aliceSocket.emit("typing_start", { roomId });
  const started = await typing;
  assert.equal(started.roomId, roomId);
  assert.equal(started.userEmail, alice.email);

  const stopped = next(bobSocket, "user_stopped_typing", (data) => data.userId === alice.id);
  aliceSocket.emit("typing_stop", { roomId });
  assert.equal((await stopped).roomId, roomId);
  closeAll(aliceSocket, bobSocket);
});

test("read receipts: the reader gets messages_read, the others learn who read what", async () => {
  const { roomId, aliceSocket, bobSocket } = await pairInRoom();
  const sent = next(aliceSocket, "message_sent");
  aliceSocket.emit("send_message", { roomId, content: "read me", type: "TEXT" });
  const messageId = (await sent).message.id;

  const mine = next(bobSocket, "messages_read", (data) => data.roomId === roomId);
  const theirs = next(aliceSocket, "messages_read", (data) => data.userId === bob.id);
  bobSocket.emit("mark_read", { roomId });
  await mine;
  assert.equal((await theirs).lastReadMessageId, messageId);
  closeAll(aliceSocket, bobSocket);
});

test("presence: user_online, room_users_update, and user_offline when the last connection goes", async () => {
  const roomId = await publicRoom(alice, carol);
  const aliceSocket = await signedIn(alice);
  await join(aliceSocket, roomId);

  const online = next(aliceSocket, "user_online", (data) => data.userId === carol.id && data.roomId === roomId);
  const users = next(aliceSocket, "room_users_update",
    (data) => data.roomId === roomId && data.users.some((user) => user.id === carol.id));
  const carolSocket = await signedIn(carol, { transports: ["polling"] });
  await join(carolSocket, roomId);
  assert.equal((await online).userEmail, carol.email);
  assert.ok((await users).users.some((user) => user.id === alice.id));

  const offline = next(aliceSocket, "user_offline", (data) => data.userId === carol.id && data.roomId === roomId);
  carolSocket.close();
  await offline;
  aliceSocket.close();
});

test("acknowledgements carry the same result as the reply event", async () => {
  const { roomId, aliceSocket, bobSocket } = await pairInRoom();

  const rejoined = await aliceSocket.emitWithAck("join_room", { roomId });
  assert.equal(rejoined.roomId, roomId);
  assert.equal(rejoined.room.id, roomId);

  const replyEvent = next(aliceSocket, "message_sent", (data) => data.message.content === "with ack");
  const acked = await new Promise((resolve) =>
    aliceSocket.emit("send_message", { roomId, content: "with ack", type: "TEXT" }, resolve));
  assert.equal(acked.message.content, "with ack");
  assert.equal((await replyEvent).message.id, acked.message.id);

  const refused = await aliceSocket.emitWithAck("send_message", { roomId, content: "", type: "TEXT" });
  assert.equal(refused.code, "VALIDATION_ERROR");

  // an event without a reply is acknowledged with no arguments
  const typingAck = await new Promise((resolve) =>
    aliceSocket.emit("typing_start", { roomId }, (...args) => resolve(args)));
  assert.deepEqual(typingAck, []);
  closeAll(aliceSocket, bobSocket);
});

test("after the server drops the connection the client reconnects, authenticated by its auth token", async () => {
  const { roomId, aliceSocket, bobSocket } = await pairInRoom();
  const firstId = aliceSocket.id;
  const dropped = next(aliceSocket, "disconnect");
  const reauthenticated = next(aliceSocket, "authenticated");
  // a frame that is no Socket.IO packet: the server must close the connection, as the protocol says
  aliceSocket.io.engine.write("not a socket.io packet");
  assert.equal(await dropped, "transport close");
  await reauthenticated;
  assert.ok(aliceSocket.connected);
  assert.notEqual(aliceSocket.id, firstId);

  await join(aliceSocket, roomId);
  const received = next(aliceSocket, "new_message", (data) => data.message.content === "welcome back");
  bobSocket.emit("send_message", { roomId, content: "welcome back", type: "TEXT" });
  await received;
  closeAll(aliceSocket, bobSocket);
});
