// Snake on a 20x15 grid: the head eats the apple when it is next to it and moves onto it
const CELL = 32;
class Snake extends Phaser.Scene {
  create() {
    this.head = { x: 5, y: 5 };
    this.apple = { x: 6, y: 5 };
    this.appleSprite = this.add.circle(this.apple.x * CELL + 16, this.apple.y * CELL + 16, 12, 0xff3333);
    this.appleSprite.col = this.apple.x;
    this.headSprite = this.add.rectangle(this.head.x * CELL + 16, this.head.y * CELL + 16, 28, 28, 0x33ff66);
    this.eaten = 0;
    this.label = this.add.text(10, 10, 'Eaten: 0', { color: '#ffffff' });
    this.time.addEvent({ delay: 300, loop: true, callback: () => this.step() });
  }
  step() {
    if (Math.abs(this.head.x - this.apple.x) + Math.abs(this.head.y - this.apple.y) === 1) {
      this.head = { x: this.apple.x, y: this.apple.y };
      this.eaten += 1;
      this.label.setText('Eaten: ' + this.eaten);
      this.apple = { x: Phaser.Math.Between(0, 19), y: Phaser.Math.Between(0, 14) };
      this.appleSprite.setPosition(this.apple.x * CELL + 16, this.apple.y * CELL + 16);
    } else {
      this.head.x = (this.head.x + 1) % 20;
    }
    this.headSprite.setPosition(this.head.x * CELL + 16, this.head.y * CELL + 16);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, scene: Snake });
