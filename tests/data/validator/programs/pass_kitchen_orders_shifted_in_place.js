// Kitchen: an order arrives every 2 seconds (at most 5 waiting); click SERVE to serve the oldest order
class Kitchen extends Phaser.Scene {
  constructor() { super('kitchen'); }
  create() {
    const queue = [];
    this.orders = queue;
    this.served = 0;
    this.list = this.add.text(20, 20, '', { fontSize: '20px', color: '#ffffff' });
    this.time.addEvent({ delay: 2000, loop: true, callback: () => {
      if (queue.length < 5) queue.push(Phaser.Math.RND.pick(['soup', 'pie', 'tea']));
      this.show();
    } });
    const serve = this.add.rectangle(300, 330, 160, 50, 0x43a047).setInteractive();
    this.add.text(300, 330, 'SERVE', { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
    serve.on('pointerdown', () => {
      if (!this.orders.length) return;
      this.orders.shift();
      this.served++;
      this.show();
    });
  }
  show() { this.list.setText('Orders: ' + this.orders.join(', ') + '\nServed: ' + this.served); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Kitchen });
