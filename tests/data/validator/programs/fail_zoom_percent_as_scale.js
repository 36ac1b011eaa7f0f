// A zoom slider from 50 % to 200 %: LEFT and RIGHT change it by 10 %, and the picture is drawn at that size
class Zoom extends Phaser.Scene {
  create() {
    this.percent = 100;
    this.pic = this.add.star(400, 300, 5, 30, 60, 0xffcc00);
    this.label = this.add.text(20, 20, 'Zoom 100 %', { fontSize: '22px', color: '#ffffff' });
    this.input.keyboard.on('keydown-LEFT', () => this.zoom(-10));
    this.input.keyboard.on('keydown-RIGHT', () => this.zoom(10));
  }
  zoom(step) {
    this.percent = Phaser.Math.Clamp(this.percent + step, 50, 200);
    this.pic.setScale(this.percent);
    this.label.setText('Zoom ' + this.percent + ' %');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Zoom });
