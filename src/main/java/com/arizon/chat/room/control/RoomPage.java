package com.arizon.chat.room.control;

import com.arizon.chat.platform.paging.Pagination;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A page of rooms: {@code {chatRooms, pagination}}. */
@JsonbPropertyOrder({"chatRooms", "pagination"})
public record RoomPage(List<RoomView> chatRooms, Pagination pagination) {
}
