package com.arizon.chat.platform.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The vendor data source behind the container's pool ({@link ChatDataSourceDefinition}). The pool
 * instantiates this class; it reads {@link DatabaseSettings} from the environment so that the seed's
 * {@code DATABASE_URL}, which is no JDBC URL, works as it is.
 */
public class ConfiguredDataSource implements DataSource {

    private final DataSource delegate;

    public ConfiguredDataSource() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        if (settings.isH2()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(settings.jdbcUrl());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            delegate = h2;
        } else {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(settings.jdbcUrl());
            postgres.setUser(settings.user());
            postgres.setPassword(settings.password());
            delegate = postgres;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }
}
