package io.mediaplane.mediastore.data;

import io.mediaplane.protocol.AwsException;

/**
 * MediaStore's path rules. Leading slashes are insignificant (botocore and the CLI send
 * {@code //folder/file} for {@code --path /folder/file}); folders are the path's parent segments.
 */
final class ObjectPaths {
    static final int MAX_LENGTH = 900;
    static final int MAX_FOLDER_LEVELS = 10;

    private ObjectPaths() {}

    /** The path without leading slashes. */
    static String strip(String path) {
        int i = 0;
        while (i < path.length() && path.charAt(i) == '/') {
            i++;
        }
        return path.substring(i);
    }

    /** The folder an object path lives in: {@code "a/b/"} for {@code a/b/c.ts}, {@code ""} at the top. */
    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** The last segment of a path. */
    static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** A ListItems folder as a prefix: {@code "a/b/"} for {@code /a/b}, {@code ""} for the root. */
    static String folderPrefix(String listPath) {
        String p = listPath == null ? "" : strip(listPath);
        return p.isEmpty() || p.endsWith("/") ? p : p + "/";
    }

    /** Rejects a path that breaks a rule the model's pattern words poorly, with a message that names the rule. */
    static void requireWithinLimits(String path, boolean folder) {
        if (path.length() > MAX_LENGTH) {
            throw new AwsException(
                    MediaStoreDataError.VALIDATION,
                    "The path is " + path.length() + " characters long; MediaStore paths may have at most "
                            + MAX_LENGTH);
        }
        String body = folder && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        long levels = body.chars().filter(c -> c == '/').count() + (folder && !body.isEmpty() ? 1 : 0);
        if (levels > MAX_FOLDER_LEVELS) {
            throw new AwsException(
                    MediaStoreDataError.VALIDATION,
                    "The path '" + path + "' has " + levels + " folder levels; MediaStore allows at most "
                            + MAX_FOLDER_LEVELS);
        }
        if (body.contains("//")) {
            throw new AwsException(
                    MediaStoreDataError.VALIDATION, "The path '" + path + "' has an empty folder name ('//')");
        }
    }
}
