// Diner: a guest walks in every 1.5 s and sits on a free stool; click a guest to serve them and they leave
class Diner extends Phaser.Scene {
  constructor() { super('diner'); }
  create() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xffcc80).fillCircle(16, 16, 16).generateTexture('guest', 32, 32);
    this.guests = this.add.group({ classType: Phaser.GameObjects.Image, maxSize: 3 });
    this.served = 0;
    this.label = this.add.text(10, 10, 'Served: 0', { fontSize: '20px', color: '#ffffff' });
    this.time.addEvent({ delay: 1500, loop: true, callback: () => this.arrive() });
  }
  arrive() {
    const guest = this.guests.get(100 + this.guests.countActive(true) * 150, 200, 'guest');
    if (!guest) return;
    guest.setActive(true).setVisible(true).setInteractive();
    guest.once('pointerdown', () => {
      this.guests.killAndHide(guest);
      this.served++;
      this.label.setText('Served: ' + this.served);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Diner });
