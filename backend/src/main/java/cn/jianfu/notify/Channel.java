package cn.jianfu.notify;

/** A way out of the app: e-mail, or the county's message gateway. */
interface Channel {

    String name();

    /** Sends, or throws with a reason a person can read. */
    void send(Delivery delivery) throws Exception;
}
