package com.arizon.chat.security.entity;

import com.arizon.chat.platform.database.CompositeKey;
import com.arizon.chat.security.control.GlobalRole;
import com.arizon.chat.security.control.Permission;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One row of the role-permission table: this global role holds this permission. */
@Entity
@Table(name = "role_permissions")
@IdClass(RoleGrant.Key.class)
public class RoleGrant {

    @Id
    private String role;
    @Id
    private String permission;

    protected RoleGrant() {
    }

    public RoleGrant(GlobalRole role, Permission permission) {
        this.role = role.name();
        this.permission = permission.key();
    }

    public String role() {
        return role;
    }

    public String permission() {
        return permission;
    }

    public static class Key extends CompositeKey {
        private String role;
        private String permission;

        @Override
        protected Object[] components() {
            return new Object[] {role, permission};
        }
    }
}
