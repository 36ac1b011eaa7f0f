// Three heart icons in the corner; each escaped bat costs one heart; with no hearts left, GAME OVER.
class Bats extends Phaser.Scene {
  constructor() { super('bats'); }
  preload() {}
  create() {
    this.hearts = this.add.group();
    for (let i = 0; i < 3; i++) this.hearts.add(this.add.star(30 + i * 36, 30, 5, 7, 14, 0xff3355));
    this.over = this.add.text(400, 300, 'GAME OVER', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5).setVisible(false);
    this.time.addEvent({ delay: 900, loop: true, callback: this.loseLife, callbackScope: this });
  }
  loseLife() {
    const heart = this.hearts.getLast(true);
    if (heart) this.hearts.remove(heart);
    if (this.hearts.getLength() === 0) this.over.setVisible(true);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Bats });
