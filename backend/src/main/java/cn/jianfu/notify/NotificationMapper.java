package cn.jianfu.notify;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationMapper {

    /** Enabled users holding one of {@code roles} or belonging to one of the organisations {@code orgCodes}. */
    List<Long> usersInGroups(@Param("roles") Collection<String> roles, @Param("orgCodes") Collection<String> orgCodes);

    List<Long> usersOfOrg(@Param("orgId") long orgId);

    Optional<Long> userIdByUsername(@Param("username") String username);

    /** Inserts the notification and sets {@code row.id}; a duplicate key when the person already has this event. */
    void insert(NotificationRow row);

    Optional<Preference> preference(@Param("userId") long userId);

    int updatePreference(Preference p);

    void insertPreference(Preference p);

    void insertDelivery(
            @Param("notificationId") long notificationId,
            @Param("channel") String channel,
            @Param("address") String address,
            @Param("status") String status,
            @Param("now") LocalDateTime now);

    /** A person's deliveries held for the digest through one channel to one address. */
    record HeldGroup(long userId, String channel, String address) {}

    List<HeldGroup> heldGroups();

    /** Held deliveries whose notification was read in the app meanwhile: SKIPPED. */
    int skipReadHeld(@Param("g") HeldGroup group);

    /** Gives the held, still unread deliveries of the group to the digest: DIGESTED with its id. */
    int bundleHeld(@Param("g") HeldGroup group, @Param("digestId") long digestId);

    /** What a digest bundles, oldest first. */
    List<NotificationRow> digestLines(@Param("digestId") long digestId, @Param("channel") String channel);

    List<Delivery> dueDeliveries(@Param("now") LocalDateTime now, @Param("limit") int limit);

    void markSent(@Param("id") long id, @Param("now") LocalDateTime now);

    void markRetry(
            @Param("id") long id,
            @Param("status") String status,
            @Param("next") LocalDateTime next,
            @Param("error") String error);

    List<Delivery> deliveries(@Param("status") String status, @Param("offset") int offset, @Param("limit") int limit);

    long countDeliveries(@Param("status") String status);

    List<NotificationRow> list(
            @Param("userId") long userId,
            @Param("unreadOnly") boolean unreadOnly,
            @Param("offset") int offset,
            @Param("limit") int limit);

    long count(@Param("userId") long userId, @Param("unreadOnly") boolean unreadOnly);

    int markRead(@Param("userId") long userId, @Param("id") Long id, @Param("now") LocalDateTime now);
}
