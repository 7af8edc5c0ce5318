package com.arizon.chat.platform.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/** The application's pooled JTA data source; which database it reaches is {@link ConfiguredDataSource}'s choice. */
@DataSourceDefinition(
        name = ChatDataSourceDefinition.JNDI_NAME,
        className = "com.arizon.chat.platform.database.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit"
        })
@Singleton
public class ChatDataSourceDefinition {

    public static final String JNDI_NAME = "java:app/jdbc/chat";
}
