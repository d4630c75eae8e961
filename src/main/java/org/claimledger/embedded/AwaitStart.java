package org.claimledger.embedded;

import javax.net.SocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The PostgreSQL driver's socket factory for the embedded database while it starts in the background
 * ({@code socketFactory=} in the JDBC URL): a connection waits until the database is up, then is an
 * ordinary socket. The application boots meanwhile and its first connection (the migrations) comes
 * late enough that it rarely waits at all.
 */
public final class AwaitStart extends SocketFactory {
    private static final long WAIT_SECONDS = 120;
    private static volatile CompletableFuture<EmbeddedDatabase> starting = CompletableFuture.completedFuture(null);

    static void await(CompletableFuture<EmbeddedDatabase> start) {
        starting = start;
    }

    @Override
    public Socket createSocket() throws IOException {
        try {
            starting.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IOException("the embedded PostgreSQL did not start: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("the embedded PostgreSQL did not start within " + WAIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the embedded PostgreSQL was starting", e);
        }
        return new Socket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = createSocket();
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localHost, localPort));
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        Socket socket = createSocket();
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localAddress, localPort));
        socket.connect(new InetSocketAddress(address, port));
        return socket;
    }
}
