package io.mediaplane.mediapackagevod;

/** A resource that belongs to a packaging group (configurations and assets). */
interface InGroup {
    String packagingGroupId();
}
